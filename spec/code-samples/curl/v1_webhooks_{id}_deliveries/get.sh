ID=c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f
curl "https://api.example.com/v1/webhooks/$ID/deliveries" \
  -H "Authorization: Bearer $WEBHOOKS_API_KEY"
