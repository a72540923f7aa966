package dev.marketingops.feedback.privacy.domain;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.CreditCardValidator;
import org.apache.commons.validator.routines.CreditCardValidator.CreditCardRange;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * Replaces email addresses, phone numbers, IBANs and payment-card numbers in free text with placeholders, before the
 * text is stored, analysed or published. Patterns err towards redacting contact data, but each number shape also has
 * to pass a check (IBAN and Luhn checksums by Apache Commons Validator, digit count, context) so prices, versions,
 * dates, ticket and order numbers survive.
 */
public final class ContactDataRedactor {

    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";
    public static final String CARD = "[card]";
    public static final String IBAN = "[iban]";

    private static final Pattern PLACEHOLDERS = Pattern.compile("\\[(?:email|phone|card|iban)]");

    private static final String LOCAL = "[\\p{L}\\p{N}._%+\\-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?";
    private static final String AT = "(?:@|\uFF20|%40)";
    /** A local part with a dot, digit, underscore, plus or hyphen: "jane.roe", not a word of prose such as "it". */
    private static final String MARKED_LOCAL = "[\\p{L}\\p{N}._%+\\-]*[\\d._%+\\-][\\p{L}\\p{N}._%+\\-]*";
    /**
     * Also with a full-width (U+FF20) or URL-encoded (%40) at sign, a space on one side of it, or on both sides when the
     * local part is marked as an address ("Bought it @ amazon.com" stays prose).
     */
    private static final Pattern EMAILS = Pattern.compile("(?:" + LOCAL + "(?:" + AT + "[ \\t]?|[ \\t]" + AT + ")|"
            + MARKED_LOCAL + "[ \\t]" + AT + "[ \\t])" + LABEL + "(?:\\." + LABEL + ")*\\.\\p{L}{2,}");

    private static final String AT_WORD = "\\s+at\\s+";
    private static final String AT_BRACKETED = "\\s*[\\[({<]\\s*at\\s*[\\])}>]\\s*";
    private static final String DOT_WORD = "(?:\\s+dot\\s+|\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*)";
    private static final String DOT = "(?:" + DOT_WORD + "|\\.)";
    private static final String WORD = "[\\p{L}\\p{N}_%+\\-]+";
    /** Spelled out: jane dot doe at example dot com, jane (at) example [dot] com, jane{at}example.com. */
    private static final Pattern SPELLED_EMAILS = Pattern.compile("(?<![\\p{L}\\p{N}._%+\\-@])" + WORD + "(?:" + DOT + WORD
            + ")*(?:" + AT_WORD + "|" + AT_BRACKETED + ")" + LABEL + "(?:" + DOT + LABEL + ")+", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_SEPARATOR = Pattern.compile("(?i)" + AT_BRACKETED + "|" + AT_WORD);
    private static final Pattern DOT_SEPARATOR = Pattern.compile("(?i)" + DOT_WORD);
    private static final Pattern BRACKETED_AT = Pattern.compile("(?i)" + AT_BRACKETED);

    /** Country code, check digits, then 11–30 letters or digits, optionally grouped by single spaces. */
    private static final Pattern IBAN_CANDIDATES = Pattern.compile("(?<![\\p{L}\\p{N}#])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}");
    private static final int IBAN_MIN_LENGTH = 15;

    /** 13–19 digits, optionally grouped by single spaces or dashes, not part of a longer number, decimal or ticket. */
    private static final Pattern CARD_CANDIDATES = Pattern.compile("(?<![\\d.,+#])(?:\\d[ \\-]?){12,18}\\d(?![.,]?\\d)");
    /** Issuer ranges of the big networks (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay); Luhn-checked. */
    private static final CreditCardValidator CARDS = new CreditCardValidator(new CreditCardRange[] {
        new CreditCardRange("4", null, 13, 19),
        new CreditCardRange("51", "55", 16, 16), new CreditCardRange("2221", "2720", 16, 16),
        new CreditCardRange("34", null, 15, 15), new CreditCardRange("37", null, 15, 15),
        new CreditCardRange("6011", null, 16, 19), new CreditCardRange("644", "649", 16, 19),
        new CreditCardRange("65", null, 16, 19),
        new CreditCardRange("3528", "3589", 16, 19),
        new CreditCardRange("300", "305", 14, 19), new CreditCardRange("36", null, 14, 19),
        new CreditCardRange("38", "39", 14, 19),
        new CreditCardRange("62", null, 16, 19)});

    /** Not inside a longer number, word, decimal or ticket number (#…), nor a later group of a grouped digit run. */
    private static final String NOT_AFTER_NUMBER = "(?<![\\p{L}\\d.,/+\\-#])(?<!\\d[\\s\\-])";
    private static final String NOT_BEFORE_NUMBER = "(?![.,]?\\d)(?![\\s\\-]\\d)";
    /** International: +49 30 1234567, +1 (555) 123-4567, 0044 20 7946 0958, +4915112345678. */
    private static final Pattern INTERNATIONAL = Pattern.compile(
            NOT_AFTER_NUMBER + "(?:\\+|00)[1-9]\\d{0,3}(?:[\\s.\\-/]{0,2}\\(?\\d{1,6}\\)?){1,6}" + NOT_BEFORE_NUMBER);
    /** North American: 555-123-4567, (555) 123-4567, 555.123.4567. */
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            NOT_AFTER_NUMBER + "(?:\\(\\d{3}\\)\\s?|\\d{3}[.\\-\\s])\\d{3}[.\\-\\s]\\d{4}" + NOT_BEFORE_NUMBER);
    /** National with trunk prefix: 030 1234567, 0171/1234567, 07700 900123, (030) 1234 5678, (0)30 98765432. */
    private static final Pattern TRUNK_PREFIXED = Pattern.compile(
            NOT_AFTER_NUMBER + "(?:\\(0\\)\\s?\\d{1,4}|\\(0\\d{1,4}\\)|0\\d{2,4})(?:[\\s/\\-]{1,2}\\d{2,8}){1,3}" + NOT_BEFORE_NUMBER);
    /** A bare ten-digit run (5551234567, 0301234567): a phone number written without spaces. */
    private static final Pattern TEN_DIGITS = Pattern.compile(NOT_AFTER_NUMBER + "\\d{10}" + NOT_BEFORE_NUMBER);
    /** Any digit run right after a phone word: "call me on 01711234567", "tel. 5551234567", "phone 0 1 7 6 9 8 …". */
    private static final Pattern AFTER_PHONE_WORD = Pattern.compile(
            "(?i)(?<=\\b(?:phone|tel|telephone|call|mobile|cell|whatsapp|sms|text me|my number|reach me|contact me|ring me)"
                    + "\\b[^\\d\\n]{0,15})\\+?\\(?\\d[\\d\\s().\\-/]{5,30}\\d" + NOT_BEFORE_NUMBER);

    /** "15.06.2025", "2025-06-15", "9.00 - 17.00": after "contact me" or "call me" a date or time, not a number. */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{1,4}[./\\-]\\d{1,2}[./\\-]\\d{1,4}|\\d{1,2}[.:]\\d{2}(?:\\s*[\\-–]\\s*\\d{1,2}[.:]\\d{2})?");

    private ContactDataRedactor() {
    }

    /** The text with contact data replaced by {@link #EMAIL}, {@link #PHONE}, {@link #IBAN} and {@link #CARD}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = replace(EMAILS, text, m -> true, EMAIL);
        result = replace(SPELLED_EMAILS, result, ContactDataRedactor::isSpelledEmail, EMAIL);
        result = redactIbans(result);
        // What follows a phone word is a phone number, even when its digits would also pass as a card.
        result = replace(AFTER_PHONE_WORD, result, m -> digitsBetween(m, 6, 15) && !DATE_OR_TIME.matcher(m).matches(),
                PHONE);
        // Cards before the other phone shapes: a grouped card number would otherwise look like a long phone number.
        result = replace(CARD_CANDIDATES, result, ContactDataRedactor::isCardNumber, CARD);
        result = replace(INTERNATIONAL, result, m -> digitsBetween(m, 8, 15), PHONE);
        result = replace(NORTH_AMERICAN, result, m -> true, PHONE);
        result = replace(TRUNK_PREFIXED, result, m -> digitsBetween(m, 9, 13), PHONE);
        return replace(TEN_DIGITS, result, m -> true, PHONE);
    }

    /** The text without placeholders, for analysis: "[email]" is not something a customer talked about. */
    public static String withoutPlaceholders(String redacted) {
        return redacted == null ? null : PLACEHOLDERS.matcher(redacted).replaceAll(" ");
    }

    static boolean isCardNumber(String candidate) {
        return CARDS.isValid(candidate.replaceAll("\\D", ""));
    }

    /**
     * "jane at example dot com" as an address, checked by Commons Validator. A bare " at " also needs a spelled-out
     * dot, so prose such as "look at example.com" stays as written.
     */
    static boolean isSpelledEmail(String candidate) {
        boolean spelledDot = DOT_SEPARATOR.matcher(candidate).find();
        if (!spelledDot && !BRACKETED_AT.matcher(candidate).find()) {
            return false;
        }
        String address = DOT_SEPARATOR.matcher(AT_SEPARATOR.matcher(candidate).replaceFirst("@")).replaceAll(".");
        return EmailValidator.getInstance().isValid(address);
    }

    /** Each IBAN candidate is cut back group by group to the longest prefix whose checksum holds. */
    private static String redactIbans(String text) {
        Matcher matcher = IBAN_CANDIDATES.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        while (matcher.find(from)) {
            int end = validIbanEnd(text, matcher.start(), matcher.end());
            if (end < 0) {
                from = matcher.start() + 1;
                continue;
            }
            out.append(text, copied, matcher.start()).append(IBAN);
            copied = end;
            from = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static int validIbanEnd(String text, int start, int end) {
        for (int e = end; e - start >= IBAN_MIN_LENGTH; e--) {
            boolean wordEnds = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (wordEnds && text.charAt(e - 1) != ' '
                    && IBANValidator.getInstance().isValid(text.substring(start, e).replace(" ", ""))) {
                return e;
            }
        }
        return -1;
    }

    private static boolean digitsBetween(String match, int min, int max) {
        long digits = match.chars().filter(Character::isDigit).count();
        return digits >= min && digits <= max;
    }

    /** Replaces accepted matches; after a rejected one the search goes on from its next character. */
    private static String replace(Pattern pattern, String text, Predicate<String> accept, String placeholder) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            if (accept.test(matcher.group())) {
                out.append(text, copied, matcher.start()).append(placeholder);
                copied = matcher.end();
                from = Math.max(matcher.end(), matcher.start() + 1);
            } else {
                from = matcher.start() + 1;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }
}
