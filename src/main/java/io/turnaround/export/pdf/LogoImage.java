package io.turnaround.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The letterhead logo, compressed once and copied into each document as it is: PDFBox would otherwise decode
 * and re-compress a PNG on every export, a third of the export's time.
 */
final class LogoImage {
    private record Encoded(byte[] raw, COSDictionary dictionary) {
    }

    private final Encoded image;
    private final Encoded mask;

    private LogoImage(Encoded image, Encoded mask) {
        this.image = image;
        this.mask = mask;
    }

    /** The logo (PNG or JPEG bytes) compressed for PDF, or an IOException / IllegalArgumentException if unreadable. */
    static LogoImage encode(byte[] bytes) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject x = PDImageXObject.createFromByteArray(scratch, bytes, "logo");
            COSStream smask = x.getCOSObject().getCOSStream(COSName.SMASK);
            return new LogoImage(copy(x.getCOSObject()), smask == null ? null : copy(smask));
        }
    }

    PDImageXObject in(PDDocument document) throws IOException {
        COSStream stream = write(document, image);
        if (mask != null) {
            stream.setItem(COSName.SMASK, write(document, mask));
        }
        return new PDImageXObject(new PDStream(stream), null);
    }

    int width() {
        return image.dictionary().getInt(COSName.WIDTH);
    }

    int height() {
        return image.dictionary().getInt(COSName.HEIGHT);
    }

    private static Encoded copy(COSStream stream) throws IOException {
        byte[] raw;
        try (var in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        COSDictionary dictionary = new COSDictionary();
        for (Map.Entry<COSName, COSBase> e : stream.entrySet()) {
            if (!e.getKey().equals(COSName.LENGTH) && !e.getKey().equals(COSName.SMASK)) {
                dictionary.setItem(e.getKey(), e.getValue());
            }
        }
        return new Encoded(raw, dictionary);
    }

    private static COSStream write(PDDocument document, Encoded encoded) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> e : encoded.dictionary().entrySet()) {
            stream.setItem(e.getKey(), deepCopy(e.getValue()));
        }
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(encoded.raw());
        }
        return stream;
    }

    /** Dictionaries and arrays are copied so that no object is shared between two documents. */
    private static COSBase deepCopy(COSBase value) {
        if (value instanceof COSDictionary d && !(value instanceof COSStream)) {
            COSDictionary copy = new COSDictionary();
            d.entrySet().forEach(e -> copy.setItem(e.getKey(), deepCopy(e.getValue())));
            return copy;
        }
        if (value instanceof COSArray a) {
            COSArray copy = new COSArray();
            a.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }
}
