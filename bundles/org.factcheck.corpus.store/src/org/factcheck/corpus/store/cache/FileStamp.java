package org.factcheck.corpus.store.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without reading it: size, modification time, change
 * time and inode. Any edit changes the change time (which no program can set back), so equal
 * stamps mean an unchanged file; a file touched shortly before its stamp was taken is
 * {@link #isRacy racy} and is compared by content nevertheless. Where the file system does not
 * tell change time and inode, the stamp never vouches for a file.
 *
 * @param size     in bytes
 * @param modified modification time in nanoseconds since the epoch
 * @param changed  change time (ctime) in nanoseconds since the epoch, or -1 if unknown
 * @param inode    the inode number, or -1 if unknown
 */
public record FileStamp(long size, long modified, long changed, long inode) {

	/** Edits within this time before a stamp was taken may share the stamp's clock tick. */
	static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(3);

	private static final String UNIX = "unix:size,lastModifiedTime,ctime,ino,mode";

	/** The file type bits of a POSIX mode and the types a corpus scan tells apart. */
	private static final int S_IFMT = 0170000, S_IFREG = 0100000, S_IFDIR = 0040000, S_IFLNK = 0120000;

	/** The kind of a file system entry, as far as reading it is concerned. */
	public enum Kind {
		REGULAR, DIRECTORY, LINK, OTHER
	}

	/** A stamp and the kind of entry it belongs to. */
	public record Entry(FileStamp stamp, Kind kind) {
	}

	/** The stamp of {@code path} itself (links are not followed). */
	public static Entry of(Path path) throws IOException {
		try {
			Map<String, Object> unix = Files.readAttributes(path, UNIX, LinkOption.NOFOLLOW_LINKS);
			Kind kind = switch ((Integer) unix.get("mode") & S_IFMT) {
			case S_IFREG -> Kind.REGULAR;
			case S_IFDIR -> Kind.DIRECTORY;
			case S_IFLNK -> Kind.LINK;
			default -> Kind.OTHER;
			};
			return new Entry(new FileStamp((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
					nanos((FileTime) unix.get("ctime")), ((Number) unix.get("ino")).longValue()), kind);
		} catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
			BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			Kind kind = basic.isRegularFile() ? Kind.REGULAR
					: basic.isDirectory() ? Kind.DIRECTORY : basic.isSymbolicLink() ? Kind.LINK : Kind.OTHER;
			return new Entry(new FileStamp(basic.size(), nanos(basic.lastModifiedTime()), -1, -1), kind);
		}
	}

	/** Whether this stamp shows the same, unchanged file as {@code recorded}. */
	public boolean sameAs(FileStamp recorded) {
		return changed >= 0 && inode >= 0 && size == recorded.size && modified == recorded.modified
				&& changed == recorded.changed && inode == recorded.inode;
	}

	/** Whether the file was changed so shortly before {@code takenAt} that an edit could leave this stamp. */
	public boolean isRacy(long takenAt) {
		return Math.max(modified, changed) >= takenAt - RACY_NANOS;
	}

	private static long nanos(FileTime time) {
		return time.to(TimeUnit.NANOSECONDS);
	}
}
