print("gongwen")
