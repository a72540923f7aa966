package dev.marketingops.infra;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.utility.DockerImageName;

import com.github.dockerjava.api.exception.NotFoundException;

/** The Testcontainers path's images: a system property, else the local stand-in, else Docker Hub's. */
// The stand-ins are what deploy/testcontainers/prepare-local-images.sh builds on machines without Docker Hub.
final class ContainerImages {

    static final String POSTGRES_PROPERTY = "marketingops.testcontainers.postgres-image";
    static final String KAFKA_PROPERTY = "marketingops.testcontainers.kafka-image";

    private ContainerImages() {
    }

    static DockerImageName postgres() {
        return pick(POSTGRES_PROPERTY, "marketingops/postgres:15", "postgres:15").asCompatibleSubstituteFor("postgres");
    }

    /** The broker version of the Kafka client on the classpath (the one the services use). */
    static DockerImageName kafka() {
        String version = AppInfoParser.getVersion();
        return pick(KAFKA_PROPERTY, "marketingops/kafka:" + version, "apache/kafka:" + version)
                .asCompatibleSubstituteFor("apache/kafka");
    }

    private static DockerImageName pick(String property, String localStandIn, String official) {
        String configured = System.getProperty(property, "").trim();
        if (!configured.isEmpty()) {
            return DockerImageName.parse(configured);
        }
        return DockerImageName.parse(exists(localStandIn) ? localStandIn : official);
    }

    private static boolean exists(String image) {
        try {
            ContainerServer.docker().inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
