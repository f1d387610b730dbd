package ru.mentoring.events.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

    @Test
    void thePngIsAStandardImageAScannerReadsTheCodeFrom() throws Exception {
        assertThat(decode(QrCodes.png("K7M2QX9P"))).isEqualTo("K7M2QX9P");
        String longer = "https://portal.example.ru/events/0b8e6a52-3c1d-4f7e-8a9b-1c2d3e4f5a6b?code=K7M2QX9P";
        assertThat(decode(QrCodes.png(longer))).as("too long for the smallest version").isEqualTo(longer);
    }

    private static String decode(byte[] png) throws Exception {

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

        assertThat(image.getWidth()).isGreaterThanOrEqualTo(150);
        return new QRCodeReader().decode(bitmap).getText();
    }
}
