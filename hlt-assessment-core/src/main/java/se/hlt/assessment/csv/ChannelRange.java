package se.hlt.assessment.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of a file from one position to another, as a stream of its own: each reader of a file read by halves
 * has one over the same channel (positional reads do not move the channel, so the readers do not disturb each
 * other). Closing it leaves the channel open for the other.
 */
final class ChannelRange extends InputStream {

    private final FileChannel channel;
    private long position;
    private final long end;

    ChannelRange(FileChannel channel, long from, long to) {
        this.channel = channel;
        this.position = from;
        this.end = to;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position >= end) {
            return -1;
        }
        int wanted = (int) Math.min(length, end - position);
        int read = channel.read(ByteBuffer.wrap(buffer, offset, wanted), position);
        if (read < 0) {
            return -1;
        }
        position += read;
        return read;
    }
}
