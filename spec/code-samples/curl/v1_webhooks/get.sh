curl 'https://api.example.com/v1/webhooks?limit=20' \
  -H "Authorization: Bearer $WEBHOOKS_API_KEY"
