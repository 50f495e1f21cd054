# Send your receiver a signed test delivery: save the
# payload example as event.json, with created_at set to now.
# your webhook's secret:
SECRET='whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL'
# the HMAC key: a whsec_ secret's base64-decoded bytes (the
# Standard Webhooks rule); any other secret, its own bytes
KEY_HEX=$(printf '%s' "${SECRET#whsec_}" | base64 -d \
  | od -An -v -tx1 | tr -d ' \n')
SIGNATURE=$(openssl dgst -sha256 -mac HMAC \
  -macopt "hexkey:$KEY_HEX" < event.json | sed 's/^.* //')
# --data-binary sends the signed bytes unchanged
curl -X POST https://hooks.example.com/webhooks \
  -H 'Content-Type: application/json' \
  -H "X-Webhook-Signature: $SIGNATURE" \
  --data-binary @event.json
