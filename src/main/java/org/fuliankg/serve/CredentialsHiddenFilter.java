package org.fuliankg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.apache.jena.riot.web.HttpNames;

/**
 * Hides the {@code Authorization} header from everything after the login check: Fuseki's verbose request log
 * prints every request header, and a basic-auth header is the password in base64. Jetty has already
 * authenticated the user when this filter runs, so nothing later needs the header itself.
 */
final class CredentialsHiddenFilter implements Filter {

    static final String HIDDEN = "(hidden)";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getHeader(HttpNames.hAuthorization) != null) {
            request = new HttpServletRequestWrapper(http) {
                @Override
                public String getHeader(String name) {
                    return isAuthorization(name) ? HIDDEN : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return isAuthorization(name) ? Collections.enumeration(List.of(HIDDEN))
                            : super.getHeaders(name);
                }
            };
        }
        chain.doFilter(request, response);
    }

    private static boolean isAuthorization(String name) {
        return HttpNames.hAuthorization.equalsIgnoreCase(name);
    }
}
