curl -X POST https://api.example.com/v1/webhooks \
  -H "Authorization: Bearer $WEBHOOKS_API_KEY" \
  -H 'Content-Type: application/json' \
  --data '{
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": ["business.approved", "business.rejected"],
  "secret": "whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL",
  "oidc_auth_method": "private_key_jwt",
  "oidc_client_id": "0oa4x8webhooks",
  "oidc_token_endpoint": "https://idp.example.com/token",
  "oidc_access_token_ttl_seconds": 900
}'
