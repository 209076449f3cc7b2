# seed
Kyiv	[[k'i:v]]
Verkhovna Rada  vair KHOV na RAH da
hryvnia  [[hr'Ivnj@]]
