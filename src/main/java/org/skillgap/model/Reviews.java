package org.skillgap.model;

import java.util.List;
import java.util.Optional;

/** Everything about second opinions, as one value: the forms handed out, the reviews back, the levels adopted. */
public record Reviews(List<ReviewRequest> requests, List<Review> reviews, List<Adoption> adoptions) {

    public static final Reviews NONE = new Reviews(List.of(), List.of(), List.of());

    public Reviews {
        requests = List.copyOf(requests);
        reviews = List.copyOf(reviews);
        adoptions = List.copyOf(adoptions);
    }

    public boolean isEmpty() {
        return requests.isEmpty() && reviews.isEmpty() && adoptions.isEmpty();
    }

    /** The review brought back last: the one shown, and adopted from unless another is named. */
    public Optional<Review> latest() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    public Optional<Review> review(long id) {
        return reviews.stream().filter(r -> r.id() == id).findFirst();
    }

    public Optional<ReviewRequest> request(String token) {
        return requests.stream().filter(r -> r.token().equals(token)).findFirst();
    }
}
