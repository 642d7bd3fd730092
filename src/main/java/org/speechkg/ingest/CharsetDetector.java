package org.speechkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides how the bytes of a Chinese text file are encoded: UTF-8 (with or without BOM), UTF-16 (BOM or
 * the zero-byte pattern of mostly-ASCII/CJK text), or GB18030 (which covers GBK and GB2312). Decoding is
 * strict, so a file that is none of these is reported rather than turned into replacement characters.
 */
public final class CharsetDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** Decoded text plus the charset that decoded it. */
    public record Decoded(String text, Charset charset) {}

    private CharsetDetector() {}

    /** Decodes {@code bytes}, or returns empty when no supported encoding reads them cleanly. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return strict(bytes, 0, utf16.get());
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8.isPresent() ? utf8 : strict(bytes, 0, GB18030);
    }

    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) zeroEven++;
            if (b[i + 1] == 0) zeroOdd++;
        }
        int pairs = n / 2;
        if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return Optional.of(StandardCharsets.UTF_16LE);
        if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return Optional.of(StandardCharsets.UTF_16BE);
        return Optional.empty();
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return Optional.of(new Decoded(s, cs));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
