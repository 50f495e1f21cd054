ID=c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f
curl -X PATCH "https://api.example.com/v1/webhooks/$ID" \
  -H "Authorization: Bearer $WEBHOOKS_API_KEY" \
  -H 'Content-Type: application/json' \
  --data '{
  "secret": "whsec_3SmOlowgX1i80b7IwC8eKPCe3MYHXxu3",
  "disabled_at": null
}'
