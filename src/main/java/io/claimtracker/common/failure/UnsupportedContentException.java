package io.claimtracker.common.failure;

import java.util.List;
import java.util.Map;

/** Content of a kind the service does not read (a PDF or image sent as text). */
public class UnsupportedContentException extends DomainException {

    public UnsupportedContentException(String title, String detail) {
        super(title, detail, null, List.of(), Map.of());
    }
}
