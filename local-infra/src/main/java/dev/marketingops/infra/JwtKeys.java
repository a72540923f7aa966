package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The RSA key pair that signs local JWTs, kept as PEM files so services can verify with the public one. */
public final class JwtKeys {

    public static final String PUBLIC_KEY_FILE = "publicKey.pem";
    public static final String PRIVATE_KEY_FILE = "privateKey.pem";

    private final Path directory;
    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    private JwtKeys(Path directory, PublicKey publicKey, PrivateKey privateKey) {
        this.directory = directory;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** Loads the pair from {@code directory}, or generates an RSA-2048 pair there when it holds none. */
    public static JwtKeys loadOrGenerate(Path directory) {
        Path dir = StateDirectory.createDirectories(directory.toAbsolutePath().normalize());
        // The lock file keeps two processes from generating two different halves of a pair at once.
        synchronized (JwtKeys.class) {
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (!Files.exists(dir.resolve(PUBLIC_KEY_FILE)) || !Files.exists(dir.resolve(PRIVATE_KEY_FILE))) {
                    generate(dir);
                }
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(dir.resolve(PUBLIC_KEY_FILE))));
                PrivateKey privateKey =
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(dir.resolve(PRIVATE_KEY_FILE))));
                return new JwtKeys(dir, publicKey, privateKey);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load or write JWT keys in " + dir, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Unreadable JWT keys in " + dir, e);
            }
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The public key as base64 DER (a PEM body without its armour), for {@code mp.jwt.verify.publickey}. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** For {@code mp.jwt.verify.publickey.location}. */
    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    /** For {@code smallrye.jwt.sign.key.location}, should a service sign tokens itself. */
    public Path privateKeyFile() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    private static void generate(Path dir) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        writePem(dir.resolve(PRIVATE_KEY_FILE), "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
        writePem(dir.resolve(PUBLIC_KEY_FILE), "PUBLIC KEY", pair.getPublic().getEncoded(), false);
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--")));
        Files.writeString(temporary, pem);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
