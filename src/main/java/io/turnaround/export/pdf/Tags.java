package io.turnaround.export.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The summary's structure for assistive technology (PDF/UA-1): a tree of headings, paragraphs, lists, tables and
 * figures whose order is the reading order, every piece of drawn text marked as part of one of them, and everything
 * else (rules, the repeated table header, the page footer) marked as an artifact that readers skip.
 */
final class Tags {
    private final PDDocument document;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement documentElement;
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    /** For each page, the structure element of each marked-content id: the parent tree. */
    private final Map<PDPage, List<PDStructureElement>> byPage = new HashMap<>();

    Tags(PDDocument document) {
        this.document = document;
        documentElement = new PDStructureElement("Document", root);
        root.appendKid(documentElement);
        open.push(documentElement);
    }

    /** Opens a grouping element (Table, TR, L, LI, Sect) inside the current one; close it with {@link #end}. */
    PDStructureElement begin(String type) {
        PDStructureElement element = child(type);
        open.push(element);
        return element;
    }

    void end() {
        if (open.size() > 1) {
            open.pop();
        }
    }

    /** A leaf element (P, H1, TD, Lbl…) inside the current one; its text is drawn with {@link #mark}. */
    PDStructureElement child(String type) {
        PDStructureElement element = new PDStructureElement(type, open.peek());
        open.peek().appendKid(element);
        return element;
    }

    /** A header cell that labels its column. */
    PDStructureElement columnHeader() {
        PDStructureElement th = child("TH");
        PDTableAttributeObject attributes = new PDTableAttributeObject();
        attributes.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        th.addAttribute(attributes);
        return th;
    }

    /** Opens marked content on the page for the element; what is drawn until {@link #close} belongs to it. */
    void open(PDPageContentStream out, PDPage page, PDStructureElement element) throws IOException {
        List<PDStructureElement> elements = byPage.computeIfAbsent(page, p -> new ArrayList<>());
        int mcid = elements.size();
        elements.add(element);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
    }

    void close(PDPageContentStream out) throws IOException {
        out.endMarkedContent();
    }

    /** Marks what follows as decoration, skipped by readers: rules, repeated headers, the footer. */
    static void openArtifact(PDPageContentStream out, String type) throws IOException {
        COSDictionary properties = new COSDictionary();
        if (type != null) {
            properties.setName(COSName.TYPE, type);
        }
        out.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    }

    /** Writes the structure tree, the parent tree and the catalog entries a tagged PDF needs. */
    void finish(String title) {
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDStructureElement.class);
        Map<Integer, COSObjectable> numbers = new HashMap<>();
        int key = 0;
        for (PDPage page : document.getPages()) {
            List<PDStructureElement> elements = byPage.get(page);
            if (elements == null) {
                continue;
            }
            page.setStructParents(key);
            COSArray array = new COSArray();
            elements.forEach(e -> array.add(e.getCOSObject()));
            numbers.put(key, () -> array);
            key++;
        }
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(key);
        var catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        documentElement.setTitle(title);
    }
}
