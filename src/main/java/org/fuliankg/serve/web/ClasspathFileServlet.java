package org.fuliankg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * Serves files packaged on the classpath: a whole folder (the request's path info below it) or, when mapped to an
 * exact path, one file. Jetty's own static handler reads the file system, but webjars live inside jars.
 * A webjar file may be asked for without its version ({@code /webjars/cytoscape/dist/cytoscape.min.js}), so the
 * pages need no change when pom.xml moves to another version.
 */
final class ClasspathFileServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2");

    private final String root;

    ClasspathFileServlet(String root) {
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String below = request.getPathInfo();
        if (below != null && (below.contains("..") || below.contains("//"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = below == null ? root : root + below;
        ClassLoader loader = getClass().getClassLoader();
        if (below != null && loader.getResource(name) == null) name = withWebjarVersion(loader, below);
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null || name.endsWith("/")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            // Webjar paths carry their version, so they never change; our own files may change with a build.
            response.setHeader("Cache-Control", name.startsWith("META-INF/") ? "max-age=86400" : "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    /** {@code /lib/rest} → {@code root/lib/<version>/rest}, the version read from the webjar's Maven metadata. */
    private String withWebjarVersion(ClassLoader loader, String below) throws IOException {
        int slash = below.indexOf('/', 1);
        if (slash < 0) return root + below;
        String library = below.substring(1, slash);
        try (InputStream in = loader.getResourceAsStream(
                "META-INF/maven/org.webjars.npm/" + library + "/pom.properties")) {
            if (in == null) return root + below;
            Properties metadata = new Properties();
            metadata.load(in);
            return root + "/" + library + "/" + metadata.getProperty("version") + below.substring(slash);
        }
    }
}
