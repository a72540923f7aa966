package dev.marketingops.feedback.privacy;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces email addresses, phone numbers and payment-card numbers in free text with placeholders, before the text is
 * stored, analysed or published. Patterns err towards redacting contact data, but each number shape also has to pass
 * a check (Luhn and card prefix, digit count, context) so prices, versions, dates and order numbers survive.
 */
public final class ContactDataRedactor {

    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";
    public static final String CARD = "[card]";

    private static final Pattern PLACEHOLDERS = Pattern.compile("\\[(?:email|phone|card)]");

    private static final String LOCAL = "[\\p{L}\\p{N}._%+\\-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?";
    /** Plain addresses and the usual obfuscations: jane (at) example (dot) com, jane[at]example.com. */
    private static final Pattern EMAILS = Pattern.compile(
            LOCAL + "@" + LABEL + "(?:\\." + LABEL + ")*\\.\\p{L}{2,}"
                    + "|" + LOCAL + "\\s*[\\[({]\\s*at\\s*[\\])}]\\s*" + LABEL
                    + "(?:\\s*(?:[\\[({]\\s*dot\\s*[\\])}]|\\.)\\s*" + LABEL + ")+",
            Pattern.CASE_INSENSITIVE);

    /** 13–19 digits, optionally grouped by single spaces or dashes, not part of a longer number or decimal. */
    private static final Pattern CARD_CANDIDATES = Pattern.compile("(?<![\\d.,+])(?:\\d[ \\-]?){12,18}\\d(?![.,]?\\d)");

    private static final String NOT_AFTER_NUMBER = "(?<![\\p{L}\\d.,/+\\-])";
    private static final String NOT_BEFORE_NUMBER = "(?![.,]?\\d)";
    /** International: +49 30 1234567, +1 (555) 123-4567, 0044 20 7946 0958, +4915112345678. */
    private static final Pattern INTERNATIONAL = Pattern.compile(
            NOT_AFTER_NUMBER + "(?:\\+|00)[1-9]\\d{0,3}(?:[\\s.\\-/]{0,2}\\(?\\d{1,6}\\)?){1,6}" + NOT_BEFORE_NUMBER);
    /** North American: 555-123-4567, (555) 123-4567, 555.123.4567. */
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            NOT_AFTER_NUMBER + "(?:\\(\\d{3}\\)\\s?|\\d{3}[.\\-\\s])\\d{3}[.\\-\\s]\\d{4}" + NOT_BEFORE_NUMBER);
    /** National with trunk prefix: 030 1234567, 0171/1234567, 07700 900123, (030) 1234 5678. */
    private static final Pattern TRUNK_PREFIXED = Pattern.compile(
            NOT_AFTER_NUMBER + "(?:\\(0\\d{1,4}\\)|0\\d{2,4})(?:[\\s/\\-]{1,2}\\d{2,8}){1,3}" + NOT_BEFORE_NUMBER);
    /** Any digit run right after a phone word: "call me on 01711234567", "tel. 5551234567". */
    private static final Pattern AFTER_PHONE_WORD = Pattern.compile(
            "(?i)(?<=\\b(?:phone|tel|telephone|call|mobile|cell|whatsapp|sms|text me|my number)\\b[^\\d\\n]{0,15})"
                    + "\\+?\\(?\\d[\\d\\s().\\-/]{5,20}\\d" + NOT_BEFORE_NUMBER);

    private ContactDataRedactor() {
    }

    /** The text with contact data replaced by {@link #EMAIL}, {@link #PHONE} and {@link #CARD}; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = replace(EMAILS, text, m -> true, EMAIL);
        // What follows a phone word is a phone number, even when its digits would also pass as a card.
        result = replace(AFTER_PHONE_WORD, result, m -> digitsBetween(m, 6, 15), PHONE);
        // Cards before the other phone shapes: a grouped card number would otherwise look like a long phone number.
        result = replace(CARD_CANDIDATES, result, ContactDataRedactor::isCardNumber, CARD);
        result = replace(INTERNATIONAL, result, m -> digitsBetween(m, 8, 15), PHONE);
        result = replace(NORTH_AMERICAN, result, m -> true, PHONE);
        return replace(TRUNK_PREFIXED, result, m -> digitsBetween(m, 9, 13), PHONE);
    }

    /** The text without placeholders, for analysis: "[email]" is not something a customer talked about. */
    public static String withoutPlaceholders(String redacted) {
        return redacted == null ? null : PLACEHOLDERS.matcher(redacted).replaceAll(" ");
    }

    static boolean isCardNumber(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        return digits.length() >= 13 && digits.length() <= 19 && hasCardPrefix(digits) && passesLuhn(digits);
    }

    /** Issuer prefixes of the big networks (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay). */
    private static boolean hasCardPrefix(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        return digits.charAt(0) == '4' || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)
                || two == 34 || two == 37 || two == 35 || two == 36 || two == 38 || two == 30
                || digits.startsWith("6011") || two == 65 || (four >= 6440 && four <= 6499) || two == 62;
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static boolean digitsBetween(String match, int min, int max) {
        long digits = match.chars().filter(Character::isDigit).count();
        return digits >= min && digits <= max;
    }

    private static String replace(Pattern pattern, String text, Predicate<String> accept, String placeholder) {
        Matcher matcher = pattern.matcher(text);
        Function<String, String> keepOrRedact = m -> accept.test(m) ? placeholder : m;
        return matcher.replaceAll(result -> Matcher.quoteReplacement(keepOrRedact.apply(result.group())));
    }
}
