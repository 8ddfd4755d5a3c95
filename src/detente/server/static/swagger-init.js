// Starts Swagger UI on this server's OpenAPI document (a file, not an inline script: the
// pages' Content-Security-Policy allows only this server's own scripts).
window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: root.dataset.openapi, dom_id: "#swagger-ui", deepLinking: true });
});
