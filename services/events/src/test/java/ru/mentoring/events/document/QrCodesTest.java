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
        byte[] png = QrCodes.png("K7M2QX9P");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));

        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo("K7M2QX9P");
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(150);
    }
}
