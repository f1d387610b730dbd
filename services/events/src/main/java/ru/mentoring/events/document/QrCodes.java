package ru.mentoring.events.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The QR code of a confirmation (ZXing encodes it): it holds the check-in code the organiser's screen
 * reads. Written straight as a one-bit greyscale PNG: every confirmation of a burst carries one, and
 * ImageIO's general writer cost about 0.6 ms per code where this costs a few microseconds.
 */
public final class QrCodes {

    private static final int SCALE = 6;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private QrCodes() {
    }

    /**
     * A check-in code (8 letters and digits) fits the smallest QR version; with the version and the mask
     * given, ZXing skips trying all eight masks, which was most of its cost. Anything longer is encoded
     * with ZXing's own choices.
     */
    public static byte[] png(String content) {
        try {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                        EncodeHintType.QR_VERSION, 1, EncodeHintType.QR_MASK_PATTERN, 0));
            } catch (WriterException | IllegalArgumentException tooLong) {
                matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            }
            return encode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for this text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PNG, 1 bit per pixel, 0 = black: each module becomes SCALE × SCALE pixels. */
    private static byte[] encode(BitMatrix matrix) throws IOException {
        int modules = matrix.getWidth();
        int size = modules * SCALE;
        int rowBytes = (size + 7) / 8;
        byte[] raw = new byte[size * (rowBytes + 1)];
        for (int y = 0; y < size; y++) {
            int row = y * (rowBytes + 1);
            raw[row] = 0; // filter: none
            for (int x = 0; x < size; x++) {
                if (!matrix.get(x / SCALE, y / SCALE)) {
                    raw[row + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(size);
        h.writeInt(size);
        h.writeByte(1); // bit depth
        h.writeByte(0); // greyscale
        h.writeByte(0); // deflate
        h.writeByte(0); // adaptive filtering
        h.writeByte(0); // no interlace
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
