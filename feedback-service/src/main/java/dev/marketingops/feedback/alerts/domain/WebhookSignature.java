package dev.marketingops.feedback.alerts.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature header, Stripe style: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}.
 * Signing the timestamp with the body lets a receiver reject replays older than its tolerance.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-MarketingOps-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    public static String header(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp, body);
    }

    /** Whether the header was made with this secret over this body (constant-time comparison). */
    public static boolean verify(String secret, String header, byte[] body) {
        long timestamp = -1;
        String signature = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                timestamp = Long.parseLong(part.substring(2));
            } else if (part.startsWith("v1=")) {
                signature = part.substring(3);
            }
        }
        return signature != null && timestamp >= 0 && MessageDigest.isEqual(
                hmac(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
