package dev.marketingops.console.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The request's CSRF token (double submit): kept in an HttpOnly, SameSite=Strict cookie and repeated in a hidden field
 * of every form, which {@link #verify} compares. Pages write it with {@code {inject:csrf.token}}.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String COOKIE = "mo_csrf";
    public static final String FIELD = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private String token;
    private boolean fresh;

    void fromCookie(String value) {
        if (value != null && value.length() >= 32 && value.length() <= 64) {
            token = value;
        }
    }

    public String token() {
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            fresh = true;
        }
        return token;
    }

    public String parameterName() {
        return FIELD;
    }

    boolean fresh() {
        return fresh;
    }

    /** Whether a form's field matches the cookie; false when either is missing. */
    public boolean verify(String field) {
        return token != null && !fresh && field != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}
