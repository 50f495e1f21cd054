curl "https://api.example.com/.well-known/jwks.json"
