package org.fuliankg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** What a store's full-text index holds, to compare an updated index with a rebuilt one. */
public final class IndexedLabels {

    private IndexedLabels() {}

    /** Every live document of a store's full-text index as "uri label lang", sorted. */
    public static List<String> of(Path store) throws IOException {
        List<String> documents = new ArrayList<>();
        try (Directory directory = FSDirectory.open(store.resolve(TextIndex.DIRECTORY));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            Bits live = MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                Document document = reader.storedFields().document(i);
                documents.add(document.get("uri") + " " + document.get("label") + " " + document.get("lang"));
            }
        }
        documents.sort(null);
        return documents;
    }
}
