package io.claimtracker.bench;

import java.util.Arrays;

import static io.restassured.RestAssured.given;

/** Times repeated GET requests of one page after a warm-up, for page benchmarks. */
final class ResponseTimes {

    private ResponseTimes() {
    }

    /** The median and 95th percentile response time of the page, in milliseconds. */
    static double[] of(String path, int warmUp, int requests) {
        for (int i = 0; i < warmUp; i++) {
            given().get(path).then().statusCode(200);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            given().get(path).then().statusCode(200);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new double[] {nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.95)] / 1e6};
    }
}
