package org.fuliankg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a store was built from: the build version and the SHA-256 of every input file. A store whose manifest
 * equals the one computed for the current inputs is reused instead of rebuilt.
 *
 * <p>Stored as UTF-8 text: a {@code build-version} line, then one {@code sha256 TAB path} line per input.
 */
public record StoreManifest(String buildVersion, List<Input> inputs) {

    private static final String VERSION_KEY = "build-version\t";
    private static final String UNREADABLE = "unreadable";

    /** One input file and the hash of its bytes. */
    public record Input(String path, String sha256) {}

    public StoreManifest {
        inputs = List.copyOf(inputs);
    }

    /**
     * The manifest for building {@code files} with this build of the code. A file that cannot be read gets the
     * hash {@value #UNREADABLE}: the build reports and skips it, and the store is rebuilt once it can be read.
     */
    public static StoreManifest of(String buildVersion, List<Path> files) {
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) inputs.add(new Input(file.toString(), sha256(file)));
        return new StoreManifest(buildVersion, inputs);
    }

    public void write(Path file) throws IOException {
        var text = new StringBuilder("# fulian-kg store manifest: the store is rebuilt when this changes\n");
        text.append(VERSION_KEY).append(buildVersion).append('\n');
        for (Input input : inputs) text.append(input.sha256()).append('\t').append(input.path()).append('\n');
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Reads a manifest written by {@link #write}; a damaged file reads as a manifest that matches nothing. */
    public static StoreManifest read(Path file) throws IOException {
        String version = "";
        List<Input> inputs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isEmpty()) continue;
            if (line.startsWith(VERSION_KEY)) {
                version = line.substring(VERSION_KEY.length());
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) return new StoreManifest("(damaged)", List.of());
            inputs.add(new Input(line.substring(tab + 1), line.substring(0, tab)));
        }
        return new StoreManifest(version, inputs);
    }

    private static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return UNREADABLE;
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
