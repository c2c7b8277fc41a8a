package dev.spotter.platform.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTests {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 20));
    }

    @Test
    void namesTheParameterThatIsOutOfRange() {
        assertThatThrownBy(() -> Paging.of(-1, 10)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> Paging.of(0, 101)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void countsWholePages() {
        Paging paging = new Paging(2, 10);
        assertThat(paging.offset()).isEqualTo(20);
        assertThat(PageResponse.of(List.of("a"), paging, 21).totalPages()).isEqualTo(3);
        assertThat(PageResponse.of(List.of(), paging, 0).totalPages()).isZero();
    }
}
