"""Authentication failures; each becomes a 401 with a short, non-secret reason."""


class AuthError(Exception):
    """The credentials were missing, malformed, untrusted, expired or replayed."""

    def __init__(self, message: str, code: str = "invalid_token") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
