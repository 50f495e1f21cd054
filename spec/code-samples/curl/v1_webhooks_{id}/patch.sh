ID=c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f
curl -X PATCH "https://api.example.com/v1/webhooks/$ID" \
  -H "Authorization: Bearer $WEBHOOKS_API_KEY" \
  -H 'Content-Type: application/json' \
  --data '{
  "secret": "whsec_r9CUELQAxdfFwlnfKdWwbMOc1CFz7Nwq5fakZ43Zxc8=",
  "disabled_at": null
}'
