package io.turnaround.export.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes the summary a PDF/A-2u archive document: the same title, author and dates in the Info dictionary and
 * in the XMP metadata, the PDF/A identification, and an sRGB output intent. Only what is given here is written,
 * so only customer-visible text (the title) reaches the metadata.
 */
final class PdfArchive {
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchive() {
    }

    /**
     * The PDF/UA identification (pdfuaid:part 1) and, since PDF/A admits only described schemas, its description as
     * a PDF/A extension schema. xmpbox has no class for either, so they are added to the serialised packet.
     */
    private static final String ACCESSIBILITY = """
            <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" \
            rdf:about="">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>The part of ISO 14289 (PDF/UA) the document conforms to</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about=""><pdfuaid:part>1</pdfuaid:part></rdf:Description>
            """;

    private static String withAccessibility(String xmp) {
        int end = xmp.lastIndexOf("</rdf:RDF>");
        if (end < 0) {
            throw new IllegalStateException("The XMP packet has no RDF element");
        }
        return xmp.substring(0, end) + ACCESSIBILITY + xmp.substring(end);
    }

    static void mark(PDDocument document, String title, String author, String language, java.time.Instant created) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
        String creator = "Turnaround";

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        if (!author.isBlank()) {
            info.setAuthor(author);
        }
        info.setCreator(creator);
        info.setProducer(creator);
        info.setCreationDate(when);
        info.setModificationDate(when);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        if (!author.isBlank()) {
            dc.addCreator(author);
        }
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(creator);
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        basic.setMetadataDate(when);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(creator);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A-2u is a valid identification", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("The XMP metadata could not be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(withAccessibility(bytes.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage(language);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
