"""Authentication: EHR JWTs (CDS Hooks rules), the JWKS trust store, API keys, the jti replay cache."""
