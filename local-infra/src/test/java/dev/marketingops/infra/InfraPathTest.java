package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** -Dinfra picks the path of the test resources: embedded unless it says testcontainers; a typo fails loudly. */
class InfraPathTest {

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(InfraPath.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(InfraPath.PROPERTY);
        } else {
            System.setProperty(InfraPath.PROPERTY, saved);
        }
    }

    @Test
    void embeddedUnlessTestcontainersIsAskedFor() {
        System.clearProperty(InfraPath.PROPERTY);
        assertEquals(InfraPath.EMBEDDED, InfraPath.current());
        System.setProperty(InfraPath.PROPERTY, "Testcontainers");
        assertEquals(InfraPath.TESTCONTAINERS, InfraPath.current());
    }

    @Test
    void anUnknownPathIsRejected() {
        System.setProperty(InfraPath.PROPERTY, "docker");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, InfraPath::current);
        assertEquals("-Dinfra=docker: use embedded (the default) or testcontainers", error.getMessage());
    }
}
