package io.claimtracker.common.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The page and size query parameters every listing accepts; pages count from 0. */
public class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    public int size;

    /** The page asked for, as services take it. */
    public io.claimtracker.common.PageRequest request() {
        return io.claimtracker.common.PageRequest.of(page, size);
    }

    public static Paging of(int page, int size) {
        Paging paging = new Paging();
        paging.page = page;
        paging.size = size;
        return paging;
    }
}
