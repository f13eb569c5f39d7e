package io.claimtracker.common.web;

import io.claimtracker.common.TrackerConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts a request body as it is read and stops at the configured limit: a body sent without its length (chunked)
 * is refused with the same problem answer as one whose length is known, before the server's outer bound would cut
 * the connection with an empty 413.
 */
@jakarta.ws.rs.ext.Provider
public class StreamedBodyLimit implements ReaderInterceptor {

    @Inject
    Provider<TrackerConfig> config;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = config.get().limits().requestBytes();
        context.setInputStream(new Bounded(context.getInputStream(), limit));
        return context.proceed();
    }

    /** Thrown when a streamed body passes the limit; an I/O failure, so JSON readers pass it on unwrapped. */
    public static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("The request body passed " + limit + " bytes", null);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws BodyTooLarge {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }
    }
}
