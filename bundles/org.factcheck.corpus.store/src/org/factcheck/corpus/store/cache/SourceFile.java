package org.factcheck.corpus.store.cache;

import java.nio.file.Path;

/**
 * A file of the corpus folder that holds a document.
 *
 * @param id       the document id (the file name without extension)
 * @param name     the name under which the cache keeps the file: its name in the corpus folder
 * @param path     the file in the corpus folder, as the user sees it
 * @param readPath the file to read: {@code path}, or the target of a link within the corpus folder
 * @param stamp    the stamp of {@code readPath} when the folder was scanned
 * @param several  whether the file holds several documents (JSON lines), each with an id of its own
 */
public record SourceFile(String id, String name, Path path, Path readPath, FileStamp stamp, boolean several) {
}
