package com.interviewiq.ui.reports;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fonts a report is set in, embedded as subsets so the PDF prints the same anywhere. DejaVu
 * Sans ships in the jar (Latin with accents, Greek, Cyrillic); CJK fonts are too big to ship
 * (4–20 MB each), so characters DejaVu lacks are taken, one by one, from the first font at a
 * known system path that has them. A character no font has is printed as '?' and listed in
 * {@link #missing()}, so the caller can say so.
 */
final class PdfFonts implements Closeable {
    /** Text that one font prints. */
    record Run(PDType0Font font, String text) {
    }

    private static final String SHIPPED = "/com/interviewiq/ui/reports/fonts/";
    private static final int REPLACEMENT = '?';

    private final PDDocument doc;
    private final Face regular;
    private final Face bold;
    private final List<Path> candidates;
    private int nextCandidate;
    private final List<Face> fallbacks = new ArrayList<>();
    private final List<Closeable> open = new ArrayList<>();
    private final Set<String> missing = new TreeSet<>();

    PdfFonts(PDDocument doc, List<Path> fallbackCandidates) throws IOException {
        this.doc = doc;
        this.regular = shipped("DejaVuSans.ttf");
        this.bold = shipped("DejaVuSans-Bold.ttf");
        this.candidates = List.copyOf(fallbackCandidates);
    }

    /** The fonts at the usual places on Linux, Windows and macOS that cover Chinese, Japanese and Korean. */
    static List<Path> systemFallbacks() {
        List<Path> paths = new ArrayList<>();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path fonts = Path.of(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts");
            for (String f : List.of("msyh.ttc", "simsun.ttc", "msgothic.ttc", "YuGothR.ttc", "malgun.ttf", "arialuni.ttf")) {
                paths.add(fonts.resolve(f));
            }
        } else if (os.contains("mac")) {
            for (String f : List.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf",
                    "/System/Library/Fonts/STHeiti Light.ttc", "/System/Library/Fonts/PingFang.ttc",
                    "/System/Library/Fonts/AppleSDGothicNeo.ttc")) {
                paths.add(Path.of(f));
            }
        }
        for (String f : List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts/truetype/arphic/uming.ttc",
                "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc", "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
                "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")) {
            paths.add(Path.of(f));
        }
        return paths;
    }

    /** The text cut into runs, each in the first font that has its characters. */
    List<Run> runs(String text, boolean strong) {
        Face primary = strong ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Face current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                cp = ' ';
            }
            Face face = faceFor(cp, primary);
            if (face == null) {
                missing.add(new String(Character.toChars(cp)));
                cp = REPLACEMENT;
                face = primary;
            }
            if (face != current && !run.isEmpty()) {
                runs.add(new Run(current.font(doc), run.toString()));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current.font(doc), run.toString()));
        }
        return runs;
    }

    /** The width of {@code text} in points at {@code size}. */
    float width(String text, boolean strong, float size) {
        float width = 0;
        try {
            for (Run r : runs(text, strong)) {
                width += r.font().getStringWidth(r.text()) / 1000f * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** The characters printed as '?' so far, because no font here has them. */
    Set<String> missing() {
        return Set.copyOf(missing);
    }

    private Face faceFor(int cp, Face primary) {
        if (primary.has(cp)) {
            return primary;
        }
        if (regular.has(cp)) {
            return regular;
        }
        for (Face f : fallbacks) {
            if (f.has(cp)) {
                return f;
            }
        }
        while (nextCandidate < candidates.size()) {
            Face f = system(candidates.get(nextCandidate++));
            if (f != null) {
                fallbacks.add(f);
                if (f.has(cp)) {
                    return f;
                }
            }
        }
        return null;
    }

    private Face shipped(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(SHIPPED + name)) {
            if (in == null) {
                throw new IOException("the report font " + name + " is missing from the application");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            open.add(ttf);
            return new Face(ttf);
        }
    }

    /** A system font, or null when it is absent, unreadable or of a kind PDFBox cannot embed (CFF outlines). */
    private Face system(Path path) {
        if (!Files.isReadable(path)) {
            return null;
        }
        try {
            TrueTypeFont ttf;
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                open.add(collection);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                ttf = first[0];
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path));
                open.add(ttf);
            }
            if (ttf == null || ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                return null;
            }
            return new Face(ttf);
        } catch (IOException | RuntimeException e) {
            return null; // another candidate may do; characters none has become '?'
        }
    }

    /** Closes the font files; only after the document is saved, which reads them to make the subsets. */
    @Override
    public void close() throws IOException {
        for (Closeable c : open) {
            c.close();
        }
    }

    /** One font file: which characters it has, and its PDF font, made on first use so unused fonts are not embedded. */
    private static final class Face {
        private final TrueTypeFont ttf;
        private final CmapLookup cmap;
        private PDType0Font font;

        Face(TrueTypeFont ttf) throws IOException {
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
        }

        boolean has(int cp) {
            return cmap.getGlyphId(cp) > 0;
        }

        PDType0Font font(PDDocument doc) {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot embed a report font: " + e.getMessage(), e);
                }
            }
            return font;
        }
    }
}
