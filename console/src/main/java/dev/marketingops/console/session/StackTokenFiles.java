package dev.marketingops.console.session;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The local stack's role tokens ({@code .stack/tokens/<role>.jwt}), offered on the sign-in page in the local profile. */
@ApplicationScoped
public class StackTokenFiles {

    private static final Pattern ROLE = Pattern.compile("[a-z-]{1,40}");

    private final Optional<Path> dir;

    static final List<String> PROFILES = List.of("local", "dev", "test");

    public StackTokenFiles(@ConfigProperty(name = "console.stack-tokens.dir") Optional<String> configured) {
        // Whatever the configuration says, a production profile never offers tokens from files.
        boolean local = ConfigUtils.getProfiles().stream().anyMatch(PROFILES::contains);
        this.dir = configured.filter(d -> local && !d.isBlank()).map(Path::of).filter(Files::isDirectory);
    }

    public List<String> roles() {
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jwt"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(r -> ROLE.matcher(r).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The role's token, if the local stack wrote one; the role name is checked so no other file can be read. */
    public Optional<String> token(String role) {
        if (dir.isEmpty() || role == null || !ROLE.matcher(role).matches()) {
            return Optional.empty();
        }
        Path file = dir.get().resolve(role + ".jwt");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
