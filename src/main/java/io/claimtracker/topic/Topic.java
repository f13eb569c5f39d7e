package io.claimtracker.topic;

import io.claimtracker.common.persistence.CreatedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;


/** A story that groups claims about one event or question, e.g. "US–Russia deal on Aleppo". */
@Entity
public class Topic extends CreatedEntity {

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "name_key", nullable = false, length = 300)
    public String nameKey;

}
