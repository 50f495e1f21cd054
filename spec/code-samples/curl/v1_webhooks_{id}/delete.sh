ID=c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f
# answers 204, and 404 once it is gone
curl -X DELETE "https://api.example.com/v1/webhooks/$ID" \
  -H "Authorization: Bearer $WEBHOOKS_API_KEY"
