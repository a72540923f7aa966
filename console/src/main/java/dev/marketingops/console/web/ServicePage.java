package dev.marketingops.console.web;

import java.util.List;

/** One page of a service's list answer. */
public record ServicePage<T>(List<T> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
