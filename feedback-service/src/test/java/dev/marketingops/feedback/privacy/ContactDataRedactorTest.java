package dev.marketingops.feedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;

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
            "jane{at}example.com"})
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
            "030-123 456 78"})
    void phoneNumbersAreRedacted(String phone) {
        // No phone word before it: the shape alone must give the number away.
        String redacted = ContactDataRedactor.redact("Reach me at " + phone + " tomorrow");
        assertThat(redacted).isEqualTo("Reach me at " + ContactDataRedactor.PHONE + " tomorrow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me on 01711234567", "my number is 5551234567", "whatsapp: 4915112345678", "tel. 301234567"})
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
                "Mail jane@example.com or call +49 30 1234567, card 4111 1111 1111 1111. The app costs $9.99.");
        assertThat(redacted).isEqualTo("Mail [email] or call [phone], card [card]. The app costs $9.99.");
        assertThat(ContactDataRedactor.withoutPlaceholders(redacted)).doesNotContain("[email]", "[phone]", "[card]");
    }
}
