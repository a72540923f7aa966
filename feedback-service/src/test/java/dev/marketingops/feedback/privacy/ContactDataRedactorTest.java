package dev.marketingops.feedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.privacy.domain.ContactDataRedactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contact data in many shapes is redacted; ordinary numbers (prices, versions, dates, order numbers) are not. */
class ContactDataRedactorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "jane.doe@example.com",
            "JANE_DOE+promo@mail.example.co.uk",
            "j.o'brien@sub-domain.example.org",
            "müller@beispiel.de",
            "jane (at) example (dot) com",
            "jane [at] example [dot] com",
            "jane{at}example.com",
            // Spelled out with words: the six shapes of issue 11.
            "jane dot doe at example dot com",
            "jane (at) example [dot] com",
            "jane.doe at example dot com",
            "jane AT example DOT co DOT uk",
            "jane_doe [at] mail [dot] example [dot] org",
            "jane dot doe <at> example <dot> de",
            // One space either side of the at sign, a full-width at sign, a URL-encoded one.
            "jane.roe @ example.com",
            "jane.roe @example.com",
            "jane.roe@ example.com",
            "jane.roe\uFF20example.com",
            "jane.roe%40example.com"})
    void emailAddressesAreRedacted(String email) {
        String redacted = ContactDataRedactor.redact("Contact me at " + email + " please");
        assertThat(redacted).doesNotContain("example").doesNotContain("beispiel").contains(ContactDataRedactor.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+49 30 1234567",
            "+49 (0)30 1234-5678",
            "+1 (555) 123-4567",
            "+1-555-123-4567",
            "+44 20 7946 0958",
            "+4915112345678",
            "0044 20 7946 0958",
            "(555) 123-4567",
            "555-123-4567",
            "555.123.4567",
            "555 123 4567",
            "030 1234567",
            "0171/1234567",
            "07700 900123",
            "(030) 1234 5678",
            "030-123 456 78",
            "(0)30 98765432"})
    void phoneNumbersAreRedacted(String phone) {
        // No phone word before it: the shape alone must give the number away.
        String redacted = ContactDataRedactor.redact("Reach me at " + phone + " tomorrow");
        assertThat(redacted).isEqualTo("Reach me at " + ContactDataRedactor.PHONE + " tomorrow");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "look at example.com for details",
            "we met at the fair dot by dot",
            "I was at work. Dot matrix printers",
            "priced at 5 dot 99",
            "meet me @ the fair",
            "50% off @ the store, 20 @ 5 each",
            "Bought it @ amazon.com for less",
            "20% off @ zalando.de this week",
            "contact me after 15.06.2025 please",
            "reach me between 9.00 - 17.00 on weekdays",
            "call me on 2025-06-15"})
    void proseWithAtAndDotWordsIsLeftAlone(String text) {
        assertThat(ContactDataRedactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5551234567", "0301234567", "4915112345"})
    void bareTenDigitPhoneNumbersAreRedacted(String phone) {
        assertThat(ContactDataRedactor.redact("Reach me at " + phone + " tomorrow"))
                .isEqualTo("Reach me at " + ContactDataRedactor.PHONE + " tomorrow");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DE89 3704 0044 0532 0130 00",
            "GB82 WEST 1234 5698 7654 32",
            "FR14 2004 1010 0505 0001 3M02 606",
            "NL91ABNA0417164300",
            "ES91 2100 0418 4502 0005 1332",
            "IT60 X054 2811 1010 0000 0123 456",
            "CH93 0076 2011 6238 5295 7",
            "AT611904300234573201",
            "BE68 5390 0754 7034",
            "PL61 1090 1014 0000 0712 1981 2874"})
    void ibansOfSeveralCountriesAreRedacted(String iban) {
        assertThat(ContactDataRedactor.redact("Refund to " + iban + " please"))
                .isEqualTo("Refund to " + ContactDataRedactor.IBAN + " please");
        assertThat(ContactDataRedactor.redact("IBAN: " + iban + ". Thanks"))
                .isEqualTo("IBAN: " + ContactDataRedactor.IBAN + ". Thanks");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Ticket numbers: a # in front marks them as references, not contact data.
            "See ticket #1234567890 for details",
            "Ticket #4111111111111111 reopened",
            "Issue #0301234567 again",
            // Digit runs that fail the Luhn check are no card numbers, and their groups are no phone numbers either.
            "Reference 4111 1111 1111 1112 on the invoice",
            "Reference 5500 0000 0000 0005 on the invoice",
            "Reference 4111-1111-1111-1112 on the invoice",
            "Reference 6011 0000 0000 0000 on the invoice",
            // IBAN shapes with a wrong checksum.
            "Account DE89 3704 0044 0532 0130 01 is wrong",
            "Account GB82 WEST 1234 5698 7654 33 is wrong",
            "Code AB12 3456 7890 1234 5678 is not a bank account"})
    void ticketNumbersAndRunsFailingTheirChecksumAreLeftAlone(String text) {
        assertThat(ContactDataRedactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me on 01711234567", "my number is 5551234567", "whatsapp: 4915112345678", "tel. 301234567",
            "phone 0 1 7 6 9 8 7 6 5 4 3 2", "reach me on 0176 9876 5432"})
    void bareDigitRunsAfterAPhoneWordAreRedacted(String text) {
        assertThat(ContactDataRedactor.redact(text)).contains(ContactDataRedactor.PHONE).doesNotContainPattern("\\d{6}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "4111111111111111",
            "5500 0000 0000 0004",
            "5555555555554444",
            "2223003122003222",
            "3782 822463 10005",
            "371449635398431",
            "6011 1111 1111 1117",
            "3530111333300000",
            "4000056655665556",
            "6200000000000005"})
    void paymentCardNumbersAreRedacted(String card) {
        String redacted = ContactDataRedactor.redact("My card " + card + " was charged twice");
        assertThat(redacted).isEqualTo("My card " + ContactDataRedactor.CARD + " was charged twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It costs $1,299.99 per year",
            "Only €49,90 in the sale",
            "Paid 1.234,56 EUR",
            "Price went from 19.99 to 24.99",
            "Version 2.3.1 fixed it",
            "Running v10.15.7 on macOS",
            "iOS 17.4.1 and Android 14",
            "Build 20240315.1 crashes",
            "Ordered on 2024-03-15",
            "Delivered 15.03.2024 at 10:30",
            "Invoice dated 03/15/2024",
            "Order #123456789 never arrived",
            "Order number 4111111111111112 is late",
            "Ticket 2024-000123 is still open",
            "We have 100,000 users and 2,500 seats",
            "Zip code 10115 Berlin",
            "ISBN 978-3-16-148410-0",
            "From 2019-2024 we used it",
            "IP 192.168.0.1 is blocked",
            "Model X-2000 with 12-month plan",
            "Rated 4.5 out of 5, 3x faster",
            "Tracking 1Z999AA10123456784"})
    void ordinaryNumbersAreLeftAlone(String text) {
        assertThat(ContactDataRedactor.redact(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void severalKindsInOneTextAreAllRedactedAndPlaceholdersCanBeStrippedForAnalysis() {
        String redacted = ContactDataRedactor.redact(
                "Mail jane@example.com or call +49 30 1234567, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00. "
                        + "The app costs $9.99.");
        assertThat(redacted).isEqualTo("Mail [email] or call [phone], card [card], IBAN [iban]. The app costs $9.99.");
        assertThat(ContactDataRedactor.withoutPlaceholders(redacted)).doesNotContain("[email]", "[phone]", "[card]", "[iban]");
    }
}
