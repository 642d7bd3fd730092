package org.speechkg.serve;

import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;

/**
 * HTTP Basic authentication for the embedded server, with Jetty's own authenticator and login service.
 *
 * <p>Authentication only: who may do what is decided by Fuseki from {@code fuseki:allowedUsers} in the
 * configuration. This handler makes sure Fuseki knows the user when it matters:
 * <ul>
 *   <li>a request that carries an {@code Authorization} header is authenticated (bad credentials: 401);</li>
 *   <li>a modifying request (not GET, HEAD or OPTIONS) to a write endpoint without credentials gets a
 *       401 challenge, so clients that wait for one (browsers, {@code java.net.http}) send them;</li>
 *   <li>everything else, queries and GSP reads included, stays anonymous.</li>
 * </ul>
 * Fuseki's stock security handler protects whole paths, which would put GSP reads on {@code /kg/data}
 * behind a password too; this one looks at the method.
 */
final class BasicAuthHandler extends SecurityHandler {
    /** Realm named in the 401 challenge. */
    static final String REALM = "speech-kg";

    private volatile Set<String> writePaths = Set.of();

    BasicAuthHandler(PasswordFile users) {
        IdentityService identities = new DefaultIdentityService();
        HashLoginService login = new HashLoginService(REALM);
        login.setUserStore(users.toUserStore());
        login.setIdentityService(identities);
        setIdentityService(identities);
        setLoginService(login);
        setAuthenticator(new BasicAuthenticator());
        setRealmName(REALM);
    }

    /** Sets the paths (within the context, e.g. {@code /kg/update}) whose modifying requests are challenged. */
    void challengeWritesTo(Set<String> paths) {
        this.writePaths = Set.copyOf(paths);
    }

    @Override
    protected Constraint getConstraint(String pathInContext, Request request) {
        if (request.getHeaders().contains(HttpHeader.AUTHORIZATION)) {
            return Constraint.ANY_USER;
        }
        if (!isSafe(request.getMethod()) && writePaths.contains(pathInContext)) {
            return Constraint.ANY_USER;
        }
        return Constraint.ALLOWED;
    }

    private static boolean isSafe(String method) {
        return HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method) || HttpMethod.OPTIONS.is(method);
    }
}
