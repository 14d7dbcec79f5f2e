from desktop_crm.domain.text import fold


def test_fold_strips_vietnamese_marks_including_d_with_stroke() -> None:
    assert fold("Nguyễn Thị Ánh Dương") == "nguyen thi anh duong"
    assert fold("ĐỨC  đức") == "duc duc"
    assert fold("Công ty TNHH Thương mại Đông Á") == "cong ty tnhh thuong mai dong a"
