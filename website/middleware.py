from django.conf import settings


class SecurityHeadersMiddleware:
    """Headers Django does not set by itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith("/admin/") and "Content-Security-Policy" not in response:
            # The admin's own policy (see ADMIN_CONTENT_SECURITY_POLICY); only Wagtail's
            # preview, which the editor shows in a frame of the admin, may be framed.
            ancestors = "'self'" if response.get("X-Frame-Options") == "SAMEORIGIN" else "'none'"
            response["Content-Security-Policy"] = (
                f"{settings.ADMIN_CONTENT_SECURITY_POLICY}; frame-ancestors {ancestors}"
            )
        return response
