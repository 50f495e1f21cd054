# Send your receiver a signed test delivery: save the
# payload example as event.json, with created_at set to now.
SECRET='whsec_4f9d2c7a1b8e6f3d0c5a' # your webhook's secret
SIGNATURE=$(openssl dgst -sha256 -hmac "$SECRET" < event.json \
  | sed 's/^.* //')
# --data-binary sends the signed bytes unchanged
curl -X POST https://hooks.example.com/webhooks \
  -H 'Content-Type: application/json' \
  -H "X-Webhook-Signature: $SIGNATURE" \
  --data-binary @event.json
