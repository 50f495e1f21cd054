curl -X POST https://api.example.com/v1/events \
  -H "Authorization: Bearer $WEBHOOKS_PLATFORM_KEY" \
  -H 'Content-Type: application/json' \
  --data '{
  "account_id": "acme",
  "event": {
    "object": "event",
    "id": "4f3c2b1a-0d9e-4f8a-8162-5d4e3f2a1b0c",
    "type": "order.created",
    "created_at": "2026-11-02T09:31:13Z",
    "data": {
      "object": {
        "object": "order",
        "id": "a1b2c3d4-e5f6-4789-8abc-def012345678",
        "business_id": "7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b",
        "status": "created",
        "products": ["identity", "tin", "watchlist"],
        "created_at": "2026-11-02T09:31:13Z",
        "completed_at": null
      }
    }
  }
}'
