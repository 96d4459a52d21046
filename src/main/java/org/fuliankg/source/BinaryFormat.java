package org.fuliankg.source;

/** Recognises files that are not text by their leading magic numbers. */
enum BinaryFormat {
    PDF("%PDF-"),
    PNG(0x89, 'P', 'N', 'G'),
    JPEG(0xFF, 0xD8, 0xFF),
    GIF("GIF8"),
    ZIP('P', 'K', 0x03, 0x04), // also docx, xlsx, odt, epub
    GZIP(0x1F, 0x8B),
    OLE2(0xD0, 0xCF, 0x11, 0xE0); // old Word/Excel documents

    private final int[] magic;

    BinaryFormat(int... magic) {
        this.magic = magic;
    }

    BinaryFormat(String magic) {
        this(magic.chars().toArray());
    }

    /** The format whose magic number starts {@code bytes}, or null. */
    static BinaryFormat of(byte[] bytes) {
        for (BinaryFormat format : values()) if (format.startsOf(bytes)) return format;
        return null;
    }

    private boolean startsOf(byte[] bytes) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((bytes[i] & 0xFF) != magic[i]) return false;
        return true;
    }
}
