package com.market25.customerimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Where uploaded files wait while their job runs: a directory of the server instance
 * ({@code <domain>/market25-imports}, or {@code market25.import.dir}), so a job resumed after a
 * crash finds its file again. The SHA-256 of the content is taken while the upload is copied,
 * in one pass.
 */
public final class ImportFiles {

    /** A copied upload: where it is, its SHA-256 in hex and its size. */
    public record StoredFile(Path path, String sha256, long bytes) {
    }

    private ImportFiles() {
    }

    static Path directory() throws IOException {
        String configured = System.getProperty("market25.import.dir");
        Path dir;
        if (configured != null && !configured.isBlank()) {
            dir = Paths.get(configured);
        } else if (System.getProperty("com.sun.aas.instanceRoot") != null) {
            dir = Paths.get(System.getProperty("com.sun.aas.instanceRoot"), "market25-imports");
        } else {
            dir = Paths.get(System.getProperty("java.io.tmpdir"), "market25-imports");
        }
        return Files.createDirectories(dir);
    }

    /** Copies an upload into the import directory, hashing it on the way. */
    public static StoredFile store(InputStream upload) throws IOException {
        Path target = directory().resolve("upload-" + UUID.randomUUID() + ".dat");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bytes;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            bytes = upload.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return new StoredFile(target, HexFormat.of().formatHex(sha.digest()), bytes);
    }

    /** Copies a file the caller already has (a temporary upload of the web tier). */
    public static StoredFile store(Path upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return store(in);
        }
    }

    /** The file under its job's name, kept until the job ends. */
    static Path keep(StoredFile file, long jobId) throws IOException {
        return Files.move(file.path(), directory().resolve("job-" + jobId + ".dat"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file in the import directory harms nothing
        }
    }
}
